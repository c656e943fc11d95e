package com.ladderbench.core.indicators;

import com.ladderbench.model.BarSeries;
import java.time.Instant;
import java.time.ZoneOffset;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.CachedIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.ROCIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.donchian.DonchianChannelLowerIndicator;
import org.ta4j.core.indicators.donchian.DonchianChannelUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.HighPriceIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.LowPriceIndicator;
import org.ta4j.core.indicators.helpers.LowestValueIndicator;
import org.ta4j.core.indicators.helpers.OpenPriceIndicator;
import org.ta4j.core.indicators.helpers.VolumeIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.indicators.volume.VWAPIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/** Each indicator kind computed by ta4j-core 0.17 over DoubleNum, the reference SPEC §3 names. */
final class Ta4jReference {
    private final BarSeries bars;
    private final org.ta4j.core.BarSeries series;
    private final ClosePriceIndicator close;

    Ta4jReference(BarSeries bars) {
        this.bars = bars;
        this.series = new BaseBarSeriesBuilder().withName(bars.symbol()).withNumTypeOf(DoubleNum.class).build();
        for (int i = 0; i < bars.size(); i++) {
            series.addBar(Instant.ofEpochMilli(bars.closeTime(i)).atZone(ZoneOffset.UTC),
                    DoubleNum.valueOf(bars.open()[i]), DoubleNum.valueOf(bars.high()[i]),
                    DoubleNum.valueOf(bars.low()[i]), DoubleNum.valueOf(bars.close()[i]),
                    DoubleNum.valueOf(bars.volume()[i]));
        }
        this.close = new ClosePriceIndicator(series);
    }

    /** ta4j's value of {@code spec} at every bar (ta4j has no warm-up NaN; callers skip it). */
    double[] values(IndicatorSpec spec) {
        int n = spec.period();
        switch (spec.kind()) {
            case OPEN: return eval(new OpenPriceIndicator(series));
            case HIGH: return eval(new HighPriceIndicator(series));
            case LOW: return eval(new LowPriceIndicator(series));
            case CLOSE: return eval(close);
            case VOLUME: return eval(new VolumeIndicator(series));
            case SMA: return eval(new SMAIndicator(close, n));
            case EMA: return eval(new EMAIndicator(close, n));
            case RSI: return eval(new RSIIndicator(close, n));
            case ATR: return eval(new ATRIndicator(series, n));
            case ROC: return eval(new ROCIndicator(close, n));
            case REALIZED_VOL: {
                double[] sd = eval(new StandardDeviationIndicator(new LogReturn(series), n));
                double annualise = Math.sqrt(bars.timeframe().barsPerYear());
                for (int i = 0; i < sd.length; i++) sd[i] *= annualise;
                return sd;
            }
            case MACD: return eval(new MACDIndicator(close, 12, 26));
            case MACD_SIGNAL: return eval(new EMAIndicator(new MACDIndicator(close, 12, 26), 9));
            case MACD_HIST: {
                MACDIndicator macd = new MACDIndicator(close, 12, 26);
                double[] line = eval(macd);
                double[] signal = eval(new EMAIndicator(macd, 9));
                for (int i = 0; i < line.length; i++) line[i] -= signal[i];
                return line;
            }
            case DONCHIAN_UPPER: return eval(new DonchianChannelUpperIndicator(series, n));
            case DONCHIAN_LOWER: return eval(new DonchianChannelLowerIndicator(series, n));
            case BOLLINGER_MIDDLE: return eval(bollingerMiddle(n));
            case BOLLINGER_UPPER: return eval(new BollingerBandsUpperIndicator(bollingerMiddle(n),
                    new StandardDeviationIndicator(close, n), DoubleNum.valueOf(2)));
            case BOLLINGER_LOWER: return eval(new BollingerBandsLowerIndicator(bollingerMiddle(n),
                    new StandardDeviationIndicator(close, n), DoubleNum.valueOf(2)));
            case VOLUME_MULTIPLE: {
                VolumeIndicator volume = new VolumeIndicator(series);
                SMAIndicator average = new SMAIndicator(volume, n);
                double[] out = new double[series.getBarCount()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = volume.getValue(i).dividedBy(average.getValue(i)).doubleValue();
                }
                return out;
            }
            case VWAP: return eval(new VWAPIndicator(series, n));
            case CYCLE_HIGH: return eval(new HighestValueIndicator(new HighPriceIndicator(series), n));
            case CYCLE_LOW: return eval(new LowestValueIndicator(new LowPriceIndicator(series), n));
            default: throw new IllegalArgumentException("no reference for " + spec);
        }
    }

    private BollingerBandsMiddleIndicator bollingerMiddle(int n) {
        return new BollingerBandsMiddleIndicator(new SMAIndicator(close, n));
    }

    /** Evaluates bar by bar from 0, so ta4j's recursive indicators never recurse deeply. */
    private double[] eval(Indicator<Num> indicator) {
        double[] out = new double[series.getBarCount()];
        for (int i = 0; i < out.length; i++) out[i] = indicator.getValue(i).doubleValue();
        return out;
    }

    /** ln(c[i] / c[i-1]); 0 at bar 0, which only ever falls inside the warm-up. */
    static final class LogReturn extends CachedIndicator<Num> {
        private final ClosePriceIndicator close;

        LogReturn(org.ta4j.core.BarSeries series) {
            super(series);
            this.close = new ClosePriceIndicator(series);
        }

        @Override
        protected Num calculate(int index) {
            if (index == 0) return zero();
            return close.getValue(index).dividedBy(close.getValue(index - 1)).log();
        }

        @Override
        public int getUnstableBars() {
            return 1;
        }
    }
}
