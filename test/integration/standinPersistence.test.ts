/** The stand-in keeps its data in a file: an edit survives a restart, and writes are atomic. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalPortfolio } from '../../scripts/lib/localPortfolio';
import { must } from '../support/must';

describe('stand-in persistence', () => {
  it('keeps an edit across a restart and leaves no temporary file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salkku-standin-'));
    const dataFile = path.join(dir, 'standin.json');
    const first = await startLocalPortfolio({ dataFile, data: 'demo', staticRoot: null });
    expect(first.seeded).toBe(true);
    const data = await first.repository.load();
    const project = must(data.projects[0], 'a demo project');
    await first.repository.saveProject({ ...project, title: 'Muokattu ennen uudelleenkäynnistystä' }, data);
    await first.close();
    expect(fs.readdirSync(dir)).toEqual(['standin.json']);

    const second = await startLocalPortfolio({ dataFile, data: 'demo', staticRoot: null });
    try {
      expect(second.seeded).toBe(false);
      const reloaded = await second.repository.load();
      expect(reloaded.projects).toHaveLength(data.projects.length);
      expect(reloaded.projects.find((p) => p.id === project.id)?.title).toBe('Muokattu ennen uudelleenkäynnistystä');
    } finally {
      await second.close();
    }
  }, 60_000);
});
