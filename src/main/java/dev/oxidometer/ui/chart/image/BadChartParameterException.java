package dev.oxidometer.ui.chart.image;

/** A chart request parameter that cannot be drawn; the API answers 400 naming {@link #parameter()}. */
public class BadChartParameterException extends IllegalArgumentException {

    private final String parameter;

    public BadChartParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
