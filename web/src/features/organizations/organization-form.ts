import { z } from 'zod';

export const organizationSchema = z.object({
  name: z.string().trim().min(1, 'Name is required.').max(100, 'Use at most 100 characters.'),
  slug: z
    .string()
    .trim()
    .max(60, 'Use at most 60 characters.')
    .refine((slug) => slug === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug), 'Use lowercase letters, digits and single hyphens.'),
});

export type OrganizationValues = z.infer<typeof organizationSchema>;

/** What the URL and the switcher show when the slug is left empty: the server derives it the same way. */
export function slugPreview(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
