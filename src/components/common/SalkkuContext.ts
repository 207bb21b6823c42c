/** React contexts every Salkku view reads: localised strings and the host it runs in. */
import * as React from 'react';
import type { SalkkuHost } from './host';

export type { HostKind } from './host';

export interface SalkkuEnvironment {
  strings: ISalkkuStrings;
  host: SalkkuHost;
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
  return useEnvironment().host;
}
