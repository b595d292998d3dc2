import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { checkPassword } from './password-policy';

/** Runs the password policy with the email and display name of the same payload; the failure travels as JSON in the message. */
@ValidatorConstraint({ name: 'passwordPolicy' })
export class PasswordPolicy implements ValidatorConstraintInterface {
  validate(password: unknown, args: ValidationArguments): boolean {
    return typeof password === 'string' && checkPassword(password, personalInfo(args)) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    const problem = typeof args.value === 'string' ? checkPassword(args.value, personalInfo(args)) : null;
    return JSON.stringify(problem ?? { code: 'INVALID_VALUE' });
  }
}

function personalInfo(args: ValidationArguments) {
  const payload = args.object as { email?: unknown; displayName?: unknown };
  return {
    email: typeof payload.email === 'string' ? payload.email : undefined,
    displayName: typeof payload.displayName === 'string' ? payload.displayName : undefined,
  };
}
