import { describe, expect, it, vi } from 'vitest';
import { siteData } from '$lib/offline/site-data';

const answer = (body: unknown, status = 200) =>
	new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('siteData', () => {
	it('fetches the file once however often it is asked for', async () => {
		const get = vi.fn(async () => answer({ questions: 3 }));
		const load = siteData<{ questions: number }>('/quiz/pool.json', get);
		const [first, second] = await Promise.all([load(), load()]);
		expect(first).toEqual({ questions: 3 });
		expect(second).toBe(first);
		expect(await load()).toBe(first);
		expect(get).toHaveBeenCalledTimes(1);
		expect(get).toHaveBeenCalledWith('/quiz/pool.json');
	});

	it('tries again after a failure', async () => {
		const get = vi
			.fn<typeof fetch>()
			.mockRejectedValueOnce(new TypeError('Failed to fetch'))
			.mockResolvedValueOnce(answer({}, 404))
			.mockResolvedValueOnce(answer({ slides: 1 }));
		const load = siteData('/present/slides/3.json', get);
		await expect(load()).rejects.toThrow('Failed to fetch');
		await expect(load()).rejects.toThrow('/present/slides/3.json answered 404');
		expect(await load()).toEqual({ slides: 1 });
		expect(get).toHaveBeenCalledTimes(3);
	});
});
