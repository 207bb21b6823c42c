/**
 * The assessments as a plain A4 document for the steering group's meeting: shown only when
 * printing (the matrix and the controls are hidden then), rendered only while printing.
 */
import { mergeStyles, Stylesheet } from '@fluentui/react';
import * as React from 'react';
import { completeness } from '../../domain/impact/completeness';
import type { Project } from '../../domain/model';
import { IMPACT_PERSPECTIVES } from '../../domain/model';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import { perspectiveLabels, statusLabel } from '../common/labels';
import { toPlainText } from '../common/TextBlock';
import { impactStateLabel } from './impactColumns';


const sheet = mergeStyles({
  display: 'none',
  '@media print': {
    display: 'block',
    color: '#000',
    background: '#fff',
    fontSize: '10pt',
    lineHeight: '1.35',
    selectors: {
      h1: { fontSize: '16pt', margin: '0 0 4mm' },
      h2: { fontSize: '12pt', margin: '6mm 0 2mm', breakAfter: 'avoid' },
      article: { breakInside: 'avoid', marginBottom: '4mm' },
      table: { width: '100%', borderCollapse: 'collapse' },
      'th, td': { border: '0.5pt solid #666', padding: '1.5mm', verticalAlign: 'top', textAlign: 'left' },
      th: { width: '32%' }
    }
  }
});

let pageRuleInserted = false;

/** A4 with margins, once per page. */
function insertPageRule(): void {
  if (!pageRuleInserted) {
    Stylesheet.getInstance().insertRule('@page { size: A4; margin: 18mm 16mm; }');
    pageRuleInserted = true;
  }
}

export function PrintableAssessments(props: { projects: readonly Project[]; title: string }): JSX.Element {
  const strings = useStrings();
  insertPageRule();
  const labels = perspectiveLabels(strings);
  return (
    <div className={sheet} data-salkku-print="true">
      <h1>{`${strings.PrintTitle} – ${props.title}`}</h1>
      <p>{format(strings.PrintGenerated, new Date().toLocaleDateString(strings.Locale), props.projects.length)}</p>
      {props.projects.map((p) => {
        const c = completeness(p);
        return (
          <article key={p.id ?? p.title}>
            <h2>{`${p.number ?? ''} ${p.title}`.trim()}</h2>
            <p>{`${statusLabel(strings, p.status) ?? strings.EmptyValue} · ${format(strings.AssessmentCount, c.assessed, c.total)}`}</p>
            <table>
              <tbody>
                {IMPACT_PERSPECTIVES.map((perspective) => (
                  <tr key={perspective}>
                    <th scope="row">{`${labels[perspective]}: ${impactStateLabel(c.perspectives[perspective], strings).label}`}</th>
                    <td>{toPlainText(p.impacts[perspective].text ?? '')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        );
      })}
    </div>
  );
}
