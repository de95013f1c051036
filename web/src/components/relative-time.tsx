import { Text, type TextProps } from '@mantine/core';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { DeferredTooltip } from './deferred-tooltip';

dayjs.extend(relativeTime);

interface RelativeTimeProps extends TextProps {
  /** An ISO timestamp from the API, or null. */
  value: string | null | undefined;
  /** Shown when there is no value, e.g. "Never". */
  fallback?: string;
}

/** "3 hours ago" / "in 6 days", with the exact time on hover. */
export function RelativeTime({ value, fallback = '—', ...textProps }: RelativeTimeProps) {
  if (!value) {
    return (
      <Text component="span" size="sm" c="dimmed" {...textProps}>
        {fallback}
      </Text>
    );
  }
  const date = dayjs(value);
  return (
    <DeferredTooltip label={date.format('D MMM YYYY, HH:mm')} withArrow openDelay={300}>
      <Text component="time" size="sm" dateTime={date.toISOString()} {...textProps}>
        {date.fromNow()}
      </Text>
    </DeferredTooltip>
  );
}

/** "3 Nov 2026" with "2 days ago" on hover: a date that matters as a date (e.g. Created). */
export function DateWithRelative({ value, fallback = '—', ...textProps }: RelativeTimeProps) {
  if (!value) {
    return (
      <Text component="span" size="sm" c="dimmed" {...textProps}>
        {fallback}
      </Text>
    );
  }
  const date = dayjs(value);
  return (
    <DeferredTooltip label={date.fromNow()} withArrow openDelay={300}>
      <Text component="time" size="sm" dateTime={date.toISOString()} style={{ whiteSpace: 'nowrap' }} {...textProps}>
        {date.format('D MMM YYYY')}
      </Text>
    </DeferredTooltip>
  );
}
