// Progress on stderr: a live bar on a terminal; on a pipe or CI log, a plain line every
// tenth of the way (a redrawn bar would flood the log).
import cliProgress from 'cli-progress';

export interface Progress {
  tick(): void;
  stop(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let done = 0;
  const rate = (): string => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream,
      format: 'noticelint audit [{bar}] {value}/{total} notices | {rate} notices/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { rate: '0.0' });
    return {
      tick: () => bar.update(++done, { rate: rate() }),
      stop: () => bar.stop(),
    };
  }
  let nextReport = 1;
  return {
    tick: () => {
      done++;
      if (done === total || done >= (nextReport * total) / 10) {
        while (nextReport * total <= done * 10) nextReport++;
        stream.write(`noticelint audit: ${done}/${total} notices (${Math.floor((100 * done) / total)}%, ${rate()} notices/s)\n`);
      }
    },
    stop: () => {},
  };
}
