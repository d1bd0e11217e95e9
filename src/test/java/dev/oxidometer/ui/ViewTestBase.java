package dev.oxidometer.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import dev.oxidometer.release.ReleaseCatalog;
import dev.oxidometer.release.RepositoryRegistry;
import dev.oxidometer.release.ScanJobs;
import dev.oxidometer.release.ScanProgressBus;
import org.mockito.Answers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Browserless view tests over a mocked read model, so each test states exactly the data a view sees. The scan
 * service answers with empty lists and no-op registrations unless a test says otherwise (views subscribe to scan
 * progress as soon as they attach, before a test's own setup runs).
 */
@SpringBootTest(classes = UiTestApplication.class)
@ViewPackages(classes = AdoptionView.class)
@org.springframework.context.annotation.Import({dev.oxidometer.ui.chart.image.ChartImageService.class,
    dev.oxidometer.release.RepositoryScope.class})
abstract class ViewTestBase extends SpringBrowserlessTest {

    @MockitoBean
    ReleaseCatalog catalog;

    @MockitoBean(answers = Answers.RETURNS_MOCKS)
    ScanJobs scans;

    @MockitoBean(answers = Answers.RETURNS_MOCKS)
    RepositoryRegistry registry;

    @MockitoBean(answers = Answers.RETURNS_MOCKS)
    ScanProgressBus progressBus;

    // news/ behind the article markers and linked-article lists: no articles unless a test says otherwise
    @MockitoBean
    dev.oxidometer.news.ArticleService articles;

    @MockitoBean
    dev.oxidometer.news.LinkService articleLinks;

    // the chart toolbars' citations read the shown repository's name
    @MockitoBean
    dev.oxidometer.release.DefaultRepository shownRepository;

    // the tree picker (RepositoryScope, real) lists the repositories with releases: none unless a test says so
    @MockitoBean
    dev.oxidometer.release.RepositoryStore repositoryStore;

    // the Release view's comparison across trees
    @MockitoBean
    dev.oxidometer.release.TreeComparison treeComparison;
}
