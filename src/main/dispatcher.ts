import { userText } from '@shared/i18n/user-text';
import type { z } from 'zod';
import { channels, type Channel, type HandlerTable } from '@shared/contract';
import { firstUnsafeTextPath } from '@shared/domain/safe-text';
import { AppFailure, fail, ok, type Result } from '@shared/result';
import type { Logger } from './log/logger';

export type Invoke = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * The one door into main: unknown channels, malformed input and text with invisible direction or
 * control characters become `invalid-input`; a throw
 * becomes its AppError (or `internal`, logged redacted); outputs are parsed against the contract,
 * which also strips any field the contract does not declare before it can reach the renderer.
 */
export function createDispatcher(handlers: HandlerTable, logger: Logger): Invoke {
  return async (channel, input) => {
    if (typeof channel !== 'string' || !Object.hasOwn(channels, channel)) {
      return fail('invalid-input', 'Unknown channel');
    }
    const name = channel as Channel;
    const spec = channels[name];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) return fail('invalid-input', describeIssues(parsed.error), { field: firstPath(parsed.error) });
    // Text that would show differently from what it is (bidi overrides) never gets past this door.
    const unsafe = firstUnsafeTextPath(parsed.data);
    if (unsafe !== undefined) {
      return fail('invalid-input', `${unsafe}: invisible direction or control characters`, { field: unsafe.slice(0, 200), userText: userText('input.unsafe-text') });
    }
    try {
      const handler = handlers[name] as (value: unknown) => Promise<Result<unknown>>;
      const result = await handler(parsed.data);
      if (!result.ok) return result;
      const output = spec.output.safeParse(result.value);
      if (!output.success) {
        logger.log('error', 'ipc.output-invalid', { channel: name, issues: describeIssues(output.error) });
        return fail('internal', 'Something went wrong inside PayDesk');
      }
      return ok(output.data);
    } catch (error) {
      if (error instanceof AppFailure) return { ok: false, error: error.error };
      logger.log('error', 'ipc.handler-threw', { channel: name, error });
      return fail('internal', 'Something went wrong inside PayDesk');
    }
  };
}

/** Paths and issue kinds only: the input itself may hold a secret and is never echoed. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'input'}: ${issue.code}`)
    .join('; ');
}

function firstPath(error: z.ZodError): string | undefined {
  const path = error.issues[0]?.path;
  return path && path.length > 0 ? path.map(String).join('.').slice(0, 200) : undefined;
}
