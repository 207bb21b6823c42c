import { setIconOptions } from '@fluentui/react';
import { fireEvent, render, screen } from '@testing-library/react';
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import { SalkkuEnvironmentContext } from './SalkkuContext';
import { FormPanel } from './FormPanel';

setIconOptions({ disableWarnings: true });

function renderPanel(props: Partial<React.ComponentProps<typeof FormPanel>> = {}): { onClick: jest.Mock; onDismiss: jest.Mock } {
  const onClick = jest.fn();
  const onDismiss = jest.fn();
  render(
    <SalkkuEnvironmentContext.Provider value={{ strings }}>
      <FormPanel headerText="Otsikko" onDismiss={onDismiss} primary={{ text: 'Tallenna', onClick, marker: 'data-test-save' }} marker="data-test-panel" {...props}>
        <p>{'Lomake'}</p>
      </FormPanel>
    </SalkkuEnvironmentContext.Provider>
  );
  return { onClick, onDismiss };
}

describe('FormPanel', () => {
  it('marks the panel and its primary button, and saves and closes on click', () => {
    const { onClick, onDismiss } = renderPanel();
    expect(document.querySelector('[data-test-panel] .ms-Panel-main')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Tallenna' }).getAttribute('data-test-save')).toBe('true');
    fireEvent.click(screen.getAllByRole('button', { name: strings.Close }).slice(-1)[0] as HTMLElement);
    expect(onDismiss).toHaveBeenCalled();
  });

  it('while saving: the primary waits, a cancel waits too, and the spinner says why', () => {
    renderPanel({ busy: { label: 'Tallennetaan…' }, dismissText: strings.Cancel });
    expect((screen.getByRole('button', { name: 'Tallenna' }) as HTMLButtonElement).disabled || screen.getByRole('button', { name: 'Tallenna' }).getAttribute('aria-disabled') === 'true').toBe(true);
    expect(screen.getByRole('button', { name: strings.Cancel }).getAttribute('aria-disabled') === 'true' || (screen.getByRole('button', { name: strings.Cancel }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Tallennetaan…')).toBeTruthy();
  });

  it('has no primary action for a reader', () => {
    renderPanel({ primary: undefined });
    expect(screen.queryByRole('button', { name: 'Tallenna' })).toBeNull();
  });
});
