/**
 * The active filters as removable chips under the filter row, "Clear filters" and the result
 * count. Each chip is a button named "Remove filter: Status In progress"; after one is removed
 * the focus goes to the chip that took its place, else the one before, else `onFocusLost`.
 */
import type { IButton, IButtonStyles } from '@fluentui/react';
import { ActionButton, DefaultButton, Stack, Text, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { PortfolioFilter } from '../../domain/portfolio/filter';
import type { FilterChip } from '../../domain/portfolio/filterChips';
import { withoutChip, withoutChips } from '../../domain/portfolio/filterChips';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import type { ChipLabelContext } from './chipLabels';
import { chipText } from './chipLabels';

export interface FilterChipsProps {
  chips: readonly FilterChip[];
  filter: PortfolioFilter;
  onChange: (filter: PortfolioFilter) => void;
  labels: ChipLabelContext;
  shown: number;
  total: number;
  /** Where the focus goes when no chip is left to take it (the "Filters" button). */
  onFocusLost: () => void;
}

function useChipStyles(): IButtonStyles {
  const theme = useTheme();
  return React.useMemo(
    () => ({
      root: { height: 24, minWidth: 0, padding: '0 4px 0 8px', borderRadius: 12, maxWidth: '100%' },
      flexContainer: { flexDirection: 'row-reverse', gap: 4 },
      label: { margin: 0, fontWeight: 400, fontSize: theme.fonts.small.fontSize, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
      textContainer: { minWidth: 0 },
      icon: { margin: 0, fontSize: 10 }
    }),
    [theme]
  );
}

export function FilterChips(props: FilterChipsProps): JSX.Element {
  const strings = useStrings();
  const styles = useChipStyles();
  const buttons = React.useRef<(IButton | null)[]>([]);
  const [focusAfterRemoval, setFocusAfterRemoval] = React.useState<number | null>(null);
  const { chips, onFocusLost } = props;

  React.useEffect(() => {
    if (focusAfterRemoval === null) {
      return;
    }
    setFocusAfterRemoval(null);
    const target = chips.length === 0 ? null : buttons.current[Math.min(focusAfterRemoval, chips.length - 1)];
    if (target) {
      target.focus();
    } else {
      onFocusLost();
    }
  }, [focusAfterRemoval, chips, onFocusLost]);

  return (
    <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 6 }} data-salkku-filter-chips={chips.length}>
      {chips.length > 0 && (
        <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 6 }} role="group" aria-label={strings.FilterChipsLabel}>
          {chips.map((chip, i) => {
            const text = chipText(chip, props.labels);
            return (
              <DefaultButton
                key={`${chip.field}:${String(chip.index)}:${text.text}`}
                componentRef={(button) => {
                  buttons.current[i] = button;
                }}
                styles={styles}
                text={text.text}
                title={text.text}
                ariaLabel={text.removeLabel}
                iconProps={{ iconName: 'Cancel' }}
                data-salkku-filter-chip={chip.field}
                onClick={() => {
                  props.onChange(withoutChip(props.filter, chip));
                  setFocusAfterRemoval(i);
                }}
              />
            );
          })}
          <ActionButton
            styles={{ root: { height: 24 } }}
            iconProps={{ iconName: 'ClearFilter' }}
            text={strings.ClearFilters}
            data-salkku-filters-clear="chips"
            onClick={() => {
              props.onChange(withoutChips(props.filter));
              onFocusLost();
            }}
          />
        </Stack>
      )}
      <Text role="status" aria-live="polite" variant="small" data-salkku-result-count={props.shown}>
        {format(strings.FilterResultCount, props.shown, props.total)}
      </Text>
    </Stack>
  );
}
