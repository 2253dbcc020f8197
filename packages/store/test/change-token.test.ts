import { describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';
import { makeDomain, makeRepo, memoryStore, tempDir } from './helpers.js';

describe('changeToken', () => {
  it('stays put across reads and moves with every write, commit and rollback', async () => {
    const s = await memoryStore();
    const domain = await makeDomain(s);
    const before = s.changeToken();
    await s.domains.get({ account: domain.account, region: domain.region, name: domain.name });
    await s.repositories.list(domain.id, {}, { limit: 10 });
    expect(s.changeToken()).toBe(before);

    await makeRepo(s, domain.id, domain.name, 'repo');
    const afterWrite = s.changeToken();
    expect(afterWrite).not.toBe(before);

    await expect(
      s.transaction(async (tx) => {
        await makeRepo(tx, domain.id, domain.name, 'doomed');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(s.changeToken()).not.toBe(afterWrite);
    expect(await s.repositories.get(domain.id, 'doomed')).toBeUndefined();
  });

  it('moves when another process commits to the same database', async () => {
    const dir = await tempDir();
    const a = await openStore({ dataDir: dir });
    const b = await openStore({ dataDir: dir });
    try {
      const before = a.changeToken();
      await makeDomain(b);
      expect(a.changeToken()).not.toBe(before);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
