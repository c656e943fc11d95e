package com.ladderbench.core.data;

import com.ladderbench.model.BarSeries;
import com.ladderbench.model.Timeframe;

/** Test series built from bar offsets: bar i opens at START + hours[i] * 1h, with easy-to-check values. */
final class Bars {
    static final long START = 1_704_067_200_000L; // 2024-01-01T00:00Z

    private Bars() {
    }

    /** Bar at offset h has open 100+h, high 110+h, low 90+h, close 101+h, volume h+1, spread h. */
    static BarSeries hourly(int... hours) {
        return at(Timeframe.H1, hours);
    }

    static BarSeries at(Timeframe tf, int... offsets) {
        int n = offsets.length;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            int k = offsets[i];
            t[i] = START + k * tf.millis();
            o[i] = 100 + k;
            h[i] = 110 + k;
            l[i] = 90 + k;
            c[i] = 101 + k;
            v[i] = k + 1;
            s[i] = k;
        }
        return new BarSeries("BTC-USD", tf, t, o, h, l, c, v, s, "test");
    }
}
