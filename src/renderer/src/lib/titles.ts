/** Short article titles for references: "Stretches for cramps: calf, hamstring…" -> "Stretches for cramps". */
export function shortTitle(title: string): string {
  return title.split(/:\s|\s\(/)[0];
}
