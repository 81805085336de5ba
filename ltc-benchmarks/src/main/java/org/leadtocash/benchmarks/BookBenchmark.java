package org.leadtocash.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every benchmark over a {@link BookOfBusiness} shares (JMH reads them from this
 * superclass): the book's size and activities per opportunity as parameters, average time, 5 × 1 s
 * of warm-up and of measurement, one fork whose 16 GB heap is touched up front — without that,
 * first touches of fresh heap pages made iterations swing up to 9× on 2-core machines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms16g", "-Xmx16g", "-XX:+AlwaysPreTouch"})
public abstract class BookBenchmark {

  /** The opportunities in the book (the full size is 1 000 000). */
  @Param({"10000", "100000"})
  public int size;

  /** The contact activities per opportunity (the 10 M activities for 1 M is 10). */
  @Param({"10"})
  public int activitiesPerOpportunity;
}
