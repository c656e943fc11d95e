package com.ladderbench.ui.setup;

import com.ladderbench.core.data.BarCsvWriter;
import com.ladderbench.core.data.EmptyIntervals;
import com.ladderbench.core.data.TradesCsvReader;
import com.ladderbench.model.BarSeries;
import com.ladderbench.model.InvalidInputException;
import com.ladderbench.model.Timeframe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Opening a trades file in the workbench: a small dialog asks what bars to make of it (the same
 * choices as {@code bars --trades}), and the core's importer writes them as a data CSV that then
 * becomes the run's data.
 */
public final class TradesImport {
    private TradesImport() {
    }

    /** What bars to build: the symbol they are data for, their timeframe, and how empty intervals show. */
    public record Request(String symbol, Timeframe timeframe, EmptyIntervals empty) {
        /** {@code SYMBOL_TIMEFRAME.csv}, the name the data loader reads symbol and timeframe from. */
        public String fileName() {
            return symbol + "_" + timeframe.label() + ".csv";
        }
    }

    /** Asks on the FX thread; empty when the analyst cancels. */
    public static Optional<Request> ask(Window owner, Path trades) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.setTitle("Import trades as bars");
        dialog.setHeaderText(trades.getFileName() + " holds trades, not bars.\nBuild OHLCV bars from it (UTC, each bar"
                + " labelled by the start of its interval):");
        if (owner != null) dialog.initOwner(owner);
        TextField symbol = new TextField(guessSymbol(trades));
        symbol.setId("tradesSymbol");
        ComboBox<Timeframe> timeframe = new ComboBox<>();
        timeframe.setId("tradesTimeframe");
        timeframe.getItems().setAll(Timeframe.values());
        timeframe.setValue(Timeframe.M5);
        CheckBox fill = new CheckBox("Fill intervals without a trade flat at the previous close (zero volume)");
        fill.setId("tradesFillGaps");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Symbol"), symbol);
        grid.addRow(1, new Label("Timeframe"), timeframe);
        grid.add(fill, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !isSymbol(symbol.getText()), symbol.textProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new Request(symbol.getText().trim(), timeframe.getValue(),
                        fill.isSelected() ? EmptyIntervals.FILL_FLAT : EmptyIntervals.OMIT)
                : null);
        return dialog.showAndWait();
    }

    /**
     * Builds the bars and writes them to {@code out} atomically (off the FX thread).
     *
     * @return the data argument for the run setup
     */
    public static String importBars(Path trades, Request request, Path out) throws InvalidInputException, IOException {
        if (Files.exists(out) && Files.exists(trades) && Files.isSameFile(out, trades)) {
            throw InvalidInputException.of(out.toString(), null, "is the trades file itself; save the bars under another name");
        }
        BarSeries bars = TradesCsvReader.read(trades, request.symbol(), request.timeframe(), request.empty());
        BarCsvWriter.write(bars, out);
        return request.symbol() + ":" + request.timeframe().label() + "=" + out;
    }

    /** {@code btc-usd_trades.csv} suggests BTC-USD: the part before the first underscore, upper-cased. */
    static String guessSymbol(Path trades) {
        String name = trades.getFileName().toString();
        int cut = name.indexOf('_');
        if (cut < 0) cut = name.lastIndexOf('.');
        String guess = (cut > 0 ? name.substring(0, cut) : name).toUpperCase(Locale.ROOT);
        return isSymbol(guess) ? guess : "";
    }

    private static boolean isSymbol(String s) {
        String t = s.trim();
        return !t.isEmpty() && t.chars().allMatch(c -> c > ' ' && c < 127 && (Character.isLetterOrDigit(c) || "_.:/-".indexOf(c) >= 0));
    }
}
