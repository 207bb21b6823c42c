/** React contexts every Salkku view reads: localised strings and the host it runs in. */
import * as React from 'react';
import type { SalkkuHost } from './host';

export type { HostKind } from './host';

export interface SalkkuEnvironment {
  strings: ISalkkuStrings;
  /** Absent only while the portfolio site is still being found (tenant setting being read). */
  host?: SalkkuHost;
}

export const SalkkuEnvironmentContext = React.createContext<SalkkuEnvironment | undefined>(undefined);

export function useEnvironment(): SalkkuEnvironment {
  const environment = React.useContext(SalkkuEnvironmentContext);
  if (!environment) {
    throw new Error('Salkku views must be rendered inside SalkkuApp');
  }
  return environment;
}

export function useStrings(): ISalkkuStrings {
  return useEnvironment().strings;
}

export function useHost(): SalkkuHost {
  const { host } = useEnvironment();
  if (!host) {
    throw new Error('This part of a Salkku view needs the portfolio site, which is not known yet');
  }
  return host;
}
