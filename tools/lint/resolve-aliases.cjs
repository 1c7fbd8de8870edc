// The `$lib` alias for dependency-cruiser. SvelteKit writes it into .svelte-kit/tsconfig.json
// relative to that folder, which the tsconfig-paths resolver dependency-cruiser uses misreads.
const path = require('node:path');

module.exports = { resolve: { alias: { $lib: path.resolve(__dirname, '../../src/lib') } } };
