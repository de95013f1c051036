import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconKey } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface AuthCardProps {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  width?: number;
}

/** The frame of the pages a visitor sees before signing in. */
export function AuthCard({ title, subtitle, children, width = 420 }: AuthCardProps) {
  useDocumentTitle(`${title} · Keyward`);
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={width} gap="lg">
          <Group gap={10} justify="center">
            <ThemeIcon size={36} radius="md" variant="gradient" gradient={{ from: 'indigo', to: 'violet', deg: 135 }}>
              <IconKey size={20} />
            </ThemeIcon>
            <Text fw={700} size="xl">
              Keyward
            </Text>
          </Group>
          <Paper withBorder shadow="sm" radius="md" p="xl">
            <Stack gap={4} mb="lg">
              <Title order={2} size="h3">
                {title}
              </Title>
              {subtitle ? (
                <Text c="dimmed" size="sm">
                  {subtitle}
                </Text>
              ) : null}
            </Stack>
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
