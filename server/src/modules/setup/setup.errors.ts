import { AreaError } from '../../core/errors';

/** What is specific to first-run setup: it happens once. */
export type SetupErrorCode = 'SETUP_DONE';

export class SetupError extends AreaError<SetupErrorCode> {}
