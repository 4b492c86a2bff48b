/** A mainland mobile number as others may see it: 138****0001. */
export function maskPhone(phone: string): string {
  if (phone.length < 8) return "*".repeat(phone.length);

  return `${phone.slice(0, 3)}${"*".repeat(phone.length - 7)}${phone.slice(-4)}`;
}
