import { formulaForSite } from './formula';

const names: Record<string, string> = { ScheduleStart: 'Alkukuukausi', ScheduleEnd: 'Loppukuukausi', ProjectNumber: 'Numero' };
const display = (name: string): string => names[name] ?? name;

describe('formulas as a site takes them', () => {
  it('names columns by display name and separates arguments with the site\'s list separator', () => {
    expect(formulaForSite('=OR(ISBLANK([ScheduleStart]),[ScheduleEnd]>=[ScheduleStart])', display, ';')).toBe('=OR(ISBLANK([Alkukuukausi]);[Loppukuukausi]>=[Alkukuukausi])');
    expect(formulaForSite('=OR(ISBLANK([ScheduleStart]),[ScheduleEnd]>=[ScheduleStart])', display, ',')).toBe('=OR(ISBLANK([Alkukuukausi]),[Loppukuukausi]>=[Alkukuukausi])');
  });

  it('leaves text literals alone, quotes and commas inside them included', () => {
    expect(formulaForSite('=ISERROR(FIND(",",[ProjectNumber]))', display, ';')).toBe('=ISERROR(FIND(",";[Numero]))');
    expect(formulaForSite('=IF([ProjectNumber]="a"",b","x,y")', display, ';')).toBe('=IF([Numero]="a"",b";"x,y")');
  });

  it('refuses decimals, which would need the site\'s decimal separator', () => {
    expect(() => formulaForSite('=[ProjectNumber]>1.5', display, ';')).toThrow(/Decimal/);
  });
});
