/**
 * Printing and Save as PDF. The page holds one print view per kind (an article, the handout); the printer
 * chooses which one is on paper, lets it render, and asks the main process to print or save what the page
 * shows at the chosen paper size. The outcome is kept for the view that asked to show.
 */
import { tick } from 'svelte';
import type { Article, PageSize } from '../../../../shared/types';
import { describe, settle } from '../result';

export type PrintJob = { kind: 'article'; article: Article } | { kind: 'handout' };

export interface PrintOutcome {
  message: string;
  failed: boolean;
}

export class Printer {
  /** What the print views show: which kind is on paper, and the article when it is one. */
  kind = $state<PrintJob['kind']>('handout');
  article = $state<Article | null>(null);
  busy = $state(false);
  outcome = $state<PrintOutcome | null>(null);

  async #prepare(job: PrintJob): Promise<void> {
    this.kind = job.kind;
    if (job.kind === 'article') this.article = job.article;
    this.outcome = null;
    await tick();
  }

  async print(job: PrintJob, pageSize: PageSize): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    await this.#prepare(job);
    const result = await settle(() => window.spasm.print({ pageSize }));
    this.busy = false;
    if (!result.ok) this.outcome = { message: `This could not be printed. ${describe(result.error)}`, failed: true };
  }

  async savePdf(job: PrintJob, pageSize: PageSize, fileName: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    await this.#prepare(job);
    const result = await settle(() => window.spasm.savePdf({ pageSize, fileName }));
    this.busy = false;
    if (!result.ok) this.outcome = { message: `The PDF could not be saved. ${describe(result.error)}`, failed: true };
    else if (result.value.savedTo) this.outcome = { message: `Saved to ${result.value.savedTo}`, failed: false };
  }
}
