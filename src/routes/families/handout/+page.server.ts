import { course } from '$lib/server/content/course';
import { handoutView } from '$lib/families/handout';
import { drawQr } from '$lib/families/handout-qr';
import { ENGLISH_FAMILIES_TEXT } from '$lib/families/families-language';

const handout = handoutView(course, '/families');

export const load = () => ({ handout, qr: drawQr(handout.address), text: ENGLISH_FAMILIES_TEXT });
