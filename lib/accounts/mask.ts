/** How personal numbers appear to anyone but their owner. */

/** Shows the first six and the last four characters: 110105********002X. */
export function maskIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 6)}${"*".repeat(8)}${idNumber.slice(-4)}`;
}

/** Shows the first three and the last four digits: 138****5678. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : "***";
}
