/**
 * Remark plugin for lesson pages: authors cite the policy as `[words](policy:clause-id)`, which
 * keeps lesson files free of site paths; this turns each into a link to that clause on the
 * policy page, marked so that it can be styled as a citation.
 * @param {{ base: string }} options
 */
export function policyCitations({ base }) {
	/** @param {{ type: string, url?: unknown, data?: object, children?: unknown[] }} node */
	function visit(node) {
		if (node.type === 'link' && typeof node.url === 'string' && node.url.startsWith('policy:')) {
			node.url = `${base}/policy#${node.url.slice('policy:'.length)}`;
			node.data = { ...node.data, hProperties: { className: ['citation'] } };
		}
		for (const child of node.children ?? []) visit(child);
	}
	return visit;
}
