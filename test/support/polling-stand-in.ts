/**
 * The loop the converge test's stand-ins share: one pass over the cluster every 500 ms until stopped,
 * as an operator's reconcile loop would; the last pass's error is kept for a failure message.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export abstract class PollingStandIn {
  private running = true;
  private loop: Promise<void> = Promise.resolve();
  /** The last error of a pass, for a failure message. */
  lastError: string | undefined;

  /** One look at the cluster and what the stand-in writes in answer. */
  protected abstract pass(): Promise<void>;

  start(): this {
    this.loop = (async () => {
      while (this.running) {
        try {
          await this.pass();
          this.lastError = undefined;
        } catch (error) {
          this.lastError = String(error);
        }
        await sleep(500);
      }
    })();
    return this;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}
