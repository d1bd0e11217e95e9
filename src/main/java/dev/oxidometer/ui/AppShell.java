package dev.oxidometer.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Vaadin 25 loads no theme by default, so Lumo is loaded here; server push carries the
 * live progress of a rescan to the Scans view.
 */
@StyleSheet(Lumo.STYLESHEET)
@Push
public class AppShell implements AppShellConfigurator {
}
