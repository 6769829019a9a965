/** The one function of text-readability we use (the package ships no types). */
declare module 'text-readability' {
  const readability: { fleschKincaidGrade(text: string): number };
  export default readability;
}
