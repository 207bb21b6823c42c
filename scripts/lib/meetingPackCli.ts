/**
 * The meeting pack on the command line: which meeting (a date, id or title; by default the next
 * one, else the latest), the follow-up data for it (reports from a year before the previous
 * meeting, not all history), the Word document, and its PDF through LibreOffice when the machine
 * has it (`soffice --headless --convert-to pdf`).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Packer } from 'docx';
import type { PortfolioData, PortfolioRepository } from '../../src/data/contract/repository.types';
import type { DocumentLanguage } from '../../src/domain/export/documentLabels';
import type { MeetingPack } from '../../src/domain/export/meetingPack';
import { actualsFromYear, buildMeetingPack, changesFrom, previousMeetingOf } from '../../src/domain/export/meetingPack';
import { packDay } from '../../src/domain/export/meetingPackLabels';
import { addDays } from '../../src/domain/followup/cadence';
import type { Day, Meeting } from '../../src/domain/followup/model';
import { meetingPackDocx } from '../../src/export/meetingPackDocx';

export interface MeetingPackOptions {
  /** A day (YYYY-MM-DD), a meeting's id or title; omitted: the next meeting, else the latest. */
  meeting?: string;
  /** The day (or meeting) changes are counted from; by default the body's meeting before. */
  previous?: string;
  language: DocumentLanguage;
  /** .docx or .pdf; by default kokousmateriaali-<date>.docx in the working directory. */
  out?: string;
  /** Also (or, for a .pdf out, only) the PDF. */
  pdf: boolean;
  /** Only the projects of this plan. */
  planId?: number | null;
  today: Day;
  /** When each project was created, by id (SharePoint's Created): finds the new projects. By default the site's newest projects' (FollowUpData.projectsCreated). */
  created?: ReadonlyMap<number, Day>;
}

export interface MeetingPackResult {
  pack: MeetingPack;
  meeting: Meeting;
  files: string[];
  /** Why no PDF was written although one was asked for. */
  pdfMissing: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The meeting asked for, or a meeting of that day made up when the list has none. */
export function chooseMeeting(meetings: readonly Meeting[], wanted: string | undefined, today: Day): Meeting | string {
  const sorted = [...meetings].sort((a, b) => a.date.localeCompare(b.date));
  if (wanted === undefined) {
    const chosen = sorted.find((m) => m.date >= today) ?? sorted[sorted.length - 1];
    return chosen ?? { id: null, etag: null, title: packDay(today, 'fi'), date: today, body: null, notes: null };
  }
  const text = wanted.trim().toLowerCase();
  const found = sorted.find((m) => m.date === text) ?? sorted.find((m) => String(m.id) === text) ?? sorted.find((m) => m.title.trim().toLowerCase() === text);
  if (found) {
    return found;
  }
  if (DAY.test(text)) {
    return { id: null, etag: null, title: packDay(text, 'fi'), date: text, body: null, notes: null };
  }
  return `No meeting "${wanted}". Meetings on the site:\n${sorted.map((m) => `  ${m.date}  ${m.id ?? ''}: ${m.title}${m.body ? ` (${m.body})` : ''}`).join('\n') || '  (none)'}\nGive --meeting a date (YYYY-MM-DD), an id or a title.`;
}

/**
 * The LibreOffice program on this machine, or null: SALKKU_SOFFICE when set (LibreOffice
 * outside the PATH, e.g. /Applications/LibreOffice.app/Contents/MacOS/soffice), else soffice or
 * libreoffice on the PATH.
 */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const given = env.SALKKU_SOFFICE?.trim();
  for (const program of given ? [given] : ['soffice', 'libreoffice']) {
    try {
      execFileSync(program, ['--version'], { stdio: 'ignore', timeout: 60_000 });
      return program;
    } catch {
      // not this one
    }
  }
  return null;
}

/** Converts a .docx to PDF beside it (a private LibreOffice profile: runs do not collide). */
export function convertToPdf(program: string, docx: string, outDir: string): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'salkku-lo-'));
  try {
    execFileSync(program, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, docx], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.basename(docx, path.extname(docx))}.pdf`);
  if (!fs.existsSync(pdf)) {
    throw new Error(`LibreOffice did not write ${pdf}.`);
  }
  return pdf;
}

function projectsOf(data: PortfolioData, planId: number | null | undefined): PortfolioData['projects'] {
  return planId === undefined || planId === null ? data.projects : data.projects.filter((p) => p.planIds.includes(planId));
}

export async function exportMeetingPack(repository: PortfolioRepository, options: MeetingPackOptions): Promise<MeetingPackResult> {
  const data = await repository.load({ detail: 'full' });
  const year = Number(options.today.slice(0, 4));
  // meetings and the cadence first (they are read whatever the period)
  const first = await repository.followUp.loadFollowUp({ since: options.today, fromYear: year });
  if (first.missing.length > 0) {
    throw new Error(
      `The follow-up lists (${first.missing.join(', ')}) are not on ${repository.siteUrl} yet, so there are no reports or meetings to make a pack of: a site owner adds them with npm run provision -- --site ${repository.siteUrl} (or Set up in the web part).`
    );
  }
  const meeting = chooseMeeting(first.meetings, options.meeting, options.today);
  if (typeof meeting === 'string') {
    throw new Error(meeting);
  }
  const previousMeeting = options.previous === undefined ? previousMeetingOf(meeting, first.meetings) : chooseMeeting(first.meetings, options.previous, options.today);
  if (typeof previousMeeting === 'string') {
    throw new Error(previousMeeting.replace('--meeting', '--previous'));
  }
  const previous: Meeting | Day | undefined = options.previous !== undefined && previousMeeting?.id === null ? previousMeeting.date : previousMeeting;
  const since = changesFrom(meeting, previous, first.cadence);
  const projects = projectsOf(data, options.planId);
  // the state at the previous meeting is the latest report before it: a year back covers the
  // projects that report; actual costs from the earliest project's start (overruns sum them all)
  const followUp = await repository.followUp.loadFollowUp({ since: addDays(since, -366), fromYear: actualsFromYear(projects, meeting, options.today), newProjects: true });
  // a site without the benefit lists answers with none
  const { benefits, measurements } = await repository.benefits.loadBenefits();
  const pack = buildMeetingPack({ portfolio: { projects }, followUp, meeting, previous, language: options.language, today: options.today, created: options.created ?? followUp.projectsCreated, benefits: { benefits, measurements } });

  const out = path.resolve(options.out ?? `kokousmateriaali-${meeting.date}.docx`);
  const wantsPdfOnly = path.extname(out).toLowerCase() === '.pdf';
  const docxPath = wantsPdfOnly ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'salkku-pack-')), `${path.basename(out, path.extname(out))}.docx`) : out;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(docxPath, await Packer.toBuffer(meetingPackDocx(pack)));
  const files = wantsPdfOnly ? [] : [docxPath];
  let pdfMissing: string | null = null;
  if (wantsPdfOnly || options.pdf) {
    const program = findLibreOffice();
    if (program === null) {
      const kept = wantsPdfOnly ? path.join(path.dirname(out), path.basename(docxPath)) : docxPath;
      if (wantsPdfOnly) {
        fs.copyFileSync(docxPath, kept);
        files.push(kept);
      }
      pdfMissing = `LibreOffice (soffice) is not on this machine, so no PDF was written: the Word document is ${kept}. Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) and run the command again, or open the document in Word and save it as PDF.`;
    } else {
      const pdf = convertToPdf(program, docxPath, path.dirname(out));
      const target = wantsPdfOnly ? out : path.join(path.dirname(out), `${path.basename(out, path.extname(out))}.pdf`);
      if (pdf !== target) {
        fs.renameSync(pdf, target);
      }
      files.push(target);
    }
  }
  return { pack, meeting, files, pdfMissing };
}
