import { z } from 'zod';

/** First and last names of Add User (both ways of adding). */
export const personNameSchema = z.string().trim().max(100, 'Use at most 100 characters.');

export const emailAddressSchema = z.string().trim().min(1, 'Email address is required.').pipe(z.email({ error: 'Enter a valid email address.' }));

export const roleIdsSchema = z.array(z.string()).min(1, 'Choose at least one role.');
