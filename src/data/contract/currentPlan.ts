/** The lists' "Current plan" view follows the newest plan. */
import type { PortfolioRepository } from './repository.types';

/**
 * After plans were added: moves the lists' "Current plan" view onto the newest plan (through the
 * idempotent set-up) when the user may manage the lists. False when it is left to an owner.
 */
export async function followNewestPlan(repository: PortfolioRepository): Promise<boolean> {
  const status = await repository.setupStatus();
  if (status.canManageSite && status.upgradeAvailable) {
    await repository.setUp();
  }
  return status.canManageSite;
}
