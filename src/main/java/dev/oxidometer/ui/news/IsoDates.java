package dev.oxidometer.ui.news;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date pickers that show and read dates as the rest of the application writes them, ISO {@code yyyy-mm-dd},
 * whatever the browser's locale: typing "2026-10-30" is that day, and the picker shows it so.
 */
final class IsoDates {

    static final String FORMAT = "yyyy-MM-dd";

    private IsoDates() {
    }

    static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat(FORMAT).setFirstDayOfWeek(1));
        picker.setPlaceholder("yyyy-mm-dd");
        return picker;
    }
}
