package com.ladderbench.spark;

import com.ladderbench.cli.LadderbenchCommand;
import com.ladderbench.cli.SweepCommand;
import java.io.PrintWriter;
import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The {@code sweep} command as a Spark application (issue 15):
 * {@code spark-submit --class com.ladderbench.spark.SparkSweep --master URL target/ladderbench-core.jar
 * <the sweep command's options>}. The same options, checks, messages, exit statuses and output
 * files as the local {@code sweep}; only the grid points run as Spark tasks. The driver loads and
 * checks everything first, so bad input is exit 2 before a Spark context even starts.
 */
public final class SparkSweep {
    private SparkSweep() {
    }

    public static void main(String[] args) {
        OnDemandContext spark = new OnDemandContext();
        int status;
        try {
            status = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), spark, args);
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /** The sweep command with its points run on {@code context}; the exit status, never a throw. */
    public static int run(PrintWriter out, PrintWriter err, Supplier<JavaSparkContext> context, String... args) {
        return LadderbenchCommand.executeAlone(out, err, new SweepCommand(new SparkSweepExecutor(context)), args);
    }

    /** The application's context, started on first use with the master and settings spark-submit gives. */
    private static final class OnDemandContext implements Supplier<JavaSparkContext> {
        private JavaSparkContext context;

        @Override
        public JavaSparkContext get() {
            if (context == null) context = new JavaSparkContext(new SparkConf().setAppName("ladderbench sweep"));
            return context;
        }

        void stop() {
            if (context != null) context.stop();
        }
    }
}
