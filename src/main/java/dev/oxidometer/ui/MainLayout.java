package dev.oxidometer.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import dev.oxidometer.system.Editors;

/**
 * The frame of every view: navigation, light/dark switch, and login/logout for editors. Open to everyone, as
 * Vaadin denies a view whose layout is more restricted than the view itself. It is the automatic layout of every
 * route ({@code @Layout}); the side navigation lists the views that carry {@code @Menu}, so neither names the other.
 */
@Layout
@AnonymousAllowed
@CssImport("./styles/oxidometer.css")
public class MainLayout extends AppLayout {

    private static final String DARK = "oxidometer.dark";

    private final Editors editors;
    private final Button themeToggle = new Button();

    public MainLayout(Editors editors) {
        this.editors = editors;
        RouterLink title = new RouterLink("oxidometer", AdoptionView.class);
        title.addClassName("oxido-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("color", "var(--lumo-header-text-color)").set("text-decoration", "none");

        themeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        themeToggle.addClickListener(e -> setDark(!isDark()));
        themeToggle.setId("theme-toggle");

        Div spacer = new Div();
        spacer.getStyle().set("flex", "1");
        addToNavbar(new DrawerToggle(), title, spacer, themeToggle, account());

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        nav.getStyle().set("margin", "var(--lumo-space-s)");
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null || entry.icon().isBlank()
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private com.vaadin.flow.component.Component account() {
        if (editors.isEditor()) {
            Button logout = new Button("Log out " + editors.userName(), e -> editors.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            return logout;
        }
        Anchor login = new Anchor("login", "Log in");
        login.setId("login-link");
        login.getStyle().set("margin", "0 var(--lumo-space-m)");
        return login;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        applyTheme(event.getUI(), isDark());
    }

    private boolean isDark() {
        return Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(DARK));
    }

    private void setDark(boolean dark) {
        VaadinSession.getCurrent().setAttribute(DARK, dark);
        applyTheme(UI.getCurrent(), dark);
    }

    private void applyTheme(UI ui, boolean dark) {
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        themeToggle.setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        themeToggle.setAriaLabel(dark ? "Switch to the light theme" : "Switch to the dark theme");
        themeToggle.setTooltipText(dark ? "Light theme" : "Dark theme");
    }

}
