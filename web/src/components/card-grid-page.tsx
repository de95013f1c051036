import { Badge, Card, EmptyState, Group, Paper, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { PageHeader } from './page-header';
import { QueryError } from './query-error';

const GRID_COLUMNS = { base: 1, sm: 2, lg: 3 };

/** The search box's text and its debounced, trimmed value that goes to the query. */
export function useCardGridSearch(): { search: string; setSearch: (value: string) => void; debouncedSearch: string } {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  return { search, setSearch, debouncedSearch };
}

interface EmptyText {
  title: string;
  description: string;
}

interface CardGridPageProps<T extends { id: string; name: string }> {
  title: string;
  description: string;
  /** The page's widest width, and whether it is centered in wider windows (default: 1200, at the left). */
  width?: { max: number; centered: boolean };
  /** The page's create button; also offered in the empty state of an unfiltered list. */
  newButton: ReactNode;
  search: { value: string; onChange: (value: string) => void; placeholder: string; label: string; width: number };
  /** Filters shown beside the search box. */
  filters?: ReactNode;
  /** Shown at the far end of the toolbar. */
  aside?: ReactNode;
  /** Plural noun: the grid's name ("Integrations") and the error's subject ("integrations"). */
  what: string;
  items: readonly T[];
  totalCount: number | null;
  loading: boolean;
  error: Error | undefined;
  onRetry: () => void;
  /** A search or filter narrows the list. */
  filtered: boolean;
  emptyIcon: ReactNode;
  empty: EmptyText;
  emptyFiltered: EmptyText;
  renderCard: (item: T) => ReactNode;
  /** The page's dialogs. */
  children?: ReactNode;
}

/** A searchable grid of cards with its loading, error and empty states (Integrations, Connections). */
export function CardGridPage<T extends { id: string; name: string }>(props: CardGridPageProps<T>) {
  const { title, description, newButton, search, filters, aside, what, items, totalCount, loading, error, onRetry, filtered } = props;
  const empty = filtered ? props.emptyFiltered : props.empty;
  const width = props.width ?? { max: 1200, centered: false };
  return (
    <Stack gap={0} w={width.centered ? '100%' : undefined} maw={width.max} mx={width.centered ? 'auto' : undefined}>
      <PageHeader title={title} description={description} actions={newButton} />
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm">
            <TextInput
              placeholder={search.placeholder}
              aria-label={search.label}
              leftSection={<IconSearch size={16} />}
              value={search.value}
              onChange={(event) => search.onChange(event.currentTarget.value)}
              w={search.width}
            />
            {filters}
          </Group>
          {aside}
        </Group>

        {error ? (
          <QueryError error={error} what={what.toLowerCase()} onRetry={onRetry} />
        ) : loading && items.length === 0 ? (
          <LoadingCards />
        ) : items.length === 0 ? (
          <Paper withBorder radius="md" py={48} px="xl">
            <EmptyState variant="light" icon={props.emptyIcon} title={empty.title} description={empty.description}>
              {filtered ? null : newButton}
            </EmptyState>
          </Paper>
        ) : (
          <SimpleGrid cols={GRID_COLUMNS} aria-label={what} aria-busy={loading}>
            {items.map((item) => (
              <Card key={item.id} withBorder radius="md" padding="md" component="article" aria-label={item.name}>
                {props.renderCard(item)}
              </Card>
            ))}
          </SimpleGrid>
        )}
        {totalCount !== null && totalCount > items.length ? (
          <Text size="sm" c="dimmed" ta="center">
            Showing {items.length} of {totalCount}. Search to narrow the list.
          </Text>
        ) : null}
      </Stack>
      {props.children}
    </Stack>
  );
}

function LoadingCards() {
  return (
    <SimpleGrid cols={GRID_COLUMNS} aria-hidden>
      {[0, 1, 2].map((index) => (
        <Card key={index} withBorder radius="md">
          <Skeleton h={16} w="60%" mb="xs" />
          <Skeleton h={12} w="60%" mb="md" />
          <Skeleton h={12} w="90%" />
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** A card's name with what it is below, and a badge for its scope or visibility at the right. */
export function CardHeading({ name, details, badge }: { name: string; details: ReactNode; badge: { label: string; color: string } }) {
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start">
      <Stack gap={2} miw={0}>
        <Text fw={600} truncate>
          {name}
        </Text>
        {details}
      </Stack>
      <Badge variant="outline" color={badge.color} radius="sm" style={{ flexShrink: 0 }}>
        {badge.label}
      </Badge>
    </Group>
  );
}
