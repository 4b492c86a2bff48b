/** How personal numbers appear to anyone but their owner. */

/** Shows the first six and the last four characters: 110105********002X. */
export function maskIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 6)}${"*".repeat(8)}${idNumber.slice(-4)}`;
}

/**
 * For the reviewer of a verification, who must read the last four characters off the scan:
 * only the region part shows, 110105************.
 */
export function maskIdNumberForReview(idNumberMasked: string): string {
  return `${idNumberMasked.slice(0, 6)}${"*".repeat(12)}`;
}

/** Shows the first three and the last four digits: 138****5678. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return "*".repeat(phone.length);

  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
