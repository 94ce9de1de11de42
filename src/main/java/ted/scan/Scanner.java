package ted.scan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import ted.engine.Diagnoser;
import ted.engine.Diagnosis;
import ted.engine.RuleBase;
import ted.facts.Case;

/**
 * Runs the rules over every subject of a scan: one small rule session per subject (the shared facts and its own
 * people's), in batches across all cores, handing the results on in the subjects' order. Only the batches in flight
 * are in memory, never the organisation's diagnoses.
 */
public final class Scanner {
    /** One subject's diagnosis; {@code index} is the subject's place in the list scanned, by which a summary keys it. */
    public record Result(int index, Subject subject, Diagnosis diagnosis) {
    }

    /** Told after every batch: subjects done so far, of how many. */
    public interface Progress {
        void done(int done, int total);
    }

    static final int BATCH = 200;
    private final RuleBase rules;
    private final int threads;

    public Scanner(RuleBase rules, int threads) {
        this.rules = rules;
        this.threads = Math.max(1, threads);
    }

    public void scan(OrgFacts org, List<Subject> subjects, Consumer<Result> sink, Progress progress) {
        Diagnoser diagnoser = Diagnoser.forMany(rules, threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ted-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<List<Result>>> inFlight = new ArrayDeque<>();
            int done = 0;
            for (int start = 0; start < subjects.size(); start += BATCH) {
                List<Subject> batch = subjects.subList(start, Math.min(subjects.size(), start + BATCH));
                int first = start;
                inFlight.add(pool.submit(() -> run(diagnoser, org, batch, first)));
                if (inFlight.size() >= threads * 2) {
                    done += deliver(inFlight.removeFirst(), sink);
                    progress.done(done, subjects.size());
                }
            }
            while (!inFlight.isEmpty()) {
                done += deliver(inFlight.removeFirst(), sink);
                progress.done(done, subjects.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Result> run(Diagnoser diagnoser, OrgFacts org, List<Subject> batch, int first) {
        List<Result> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Subject s = batch.get(i);
            Case c = new Case(s.symptoms(), s.user(), s.delegate(), org.today());
            results.add(new Result(first + i, s, diagnoser.diagnose(org.forSubject(s), c)));
        }
        return results;
    }

    private static int deliver(Future<List<Result>> batch, Consumer<Result> sink) {
        try {
            List<Result> results = batch.get();
            results.forEach(sink);
            return results.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
