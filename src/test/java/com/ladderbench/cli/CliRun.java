package com.ladderbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures what a user would see. */
record CliRun(int status, String out, String err) {

    static final String PLAN = "sample-backtests/trend-ladder/plan.json";
    static final String DATA = "sample-backtests/trend-ladder/BTC-USD_1h.csv";
    static final String CONFIG = "sample-backtests/trend-ladder/config.json";

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = LadderbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
