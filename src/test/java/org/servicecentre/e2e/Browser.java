package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real Debian Chromium, headless, driven by Selenium against the app under test, with the waits a Vaadin
 * page needs and the steps people take (sign in, open the user menu, switch language). One per test, each
 * with a fresh profile, so no cookie or language choice leaks from one test to the next.
 */
final class Browser implements AutoCloseable {

    static final String PASSWORD = "demo1234";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** True once Vaadin's client engine has started and no server round trip is in flight. */
    private static final String VAADIN_SETTLED = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (document.readyState !== 'complete' || !flow || !flow.clients) return false;
            const clients = Object.values(flow.clients).filter(c => typeof c.isActive === 'function');
            return clients.length > 0 && clients.every(c => !c.isActive());
            """;

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path profile;

    private Browser(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    /** Starts Chromium asking for Chinese pages, as a browser in mainland China does. */
    static Browser start(String baseUrl) {
        return start(baseUrl, List.of());
    }

    /**
     * Starts Chromium with a camera that plays {@code video} (a .y4m file, see {@link FakeCameraVideo}) in a loop, and
     * every camera prompt accepted, as the kiosk launcher's policy does for the app's origin.
     */
    static Browser startWithCamera(String baseUrl, Path video) {
        return start(baseUrl, List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath()));
    }

    private static Browser start(String baseUrl, List<String> extraArguments) {
        // Selenium must never try to download a browser or driver, nor report usage.
        System.setProperty("SE_AVOID_STATS", "true");
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        try {
            Path profile = Files.createTempDirectory("sc-chromium-");
            var options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,800",
                    "--lang=zh-CN");
            options.addArguments(extraArguments);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            var driver = new ChromeDriver(service, options);
            // headless Chromium takes the window frame off --window-size; screenshots should be the full 1280x800
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
            return new Browser(driver, baseUrl, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the page this many CSS pixels wide and high, as a phone ({@code mobile}) or a desktop window. */
    Browser viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        return this;
    }

    /** Waits until the element's text contains {@code part}. */
    Browser awaitTextContaining(By locator, String part) {
        wait.withMessage(() -> "expected '" + part + "' within " + locator + ", found '" + currentText(locator) + "'")
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, part));
        return settle();
    }

    boolean exists(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /** Puts the focus on the element, as a page's own script would. */
    Browser focus(By locator) {
        driver.executeScript("arguments[0].focus()", driver.findElement(locator));
        return this;
    }

    /** Cuts the page off the network (or gives it back), as a pulled cable or a server out of reach does. */
    Browser networkOffline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        return this;
    }

    /** Waits until something outside the page (e.g. a row in the database) is true. */
    Browser awaitCondition(String what, java.util.function.BooleanSupplier condition) {
        wait.withMessage(() -> "waited for: " + what).until(d -> condition.getAsBoolean());
        return this;
    }

    /** The errors the page wrote to the browser console (uncaught exceptions included) since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    /** Runs a script in the page; answers the list of strings it returns (none when it returns nothing). */
    @SuppressWarnings("unchecked")
    List<String> execute(String script) {
        var result = driver.executeScript(script);
        return result == null ? List.of() : ((List<Object>) result).stream().map(String::valueOf).toList();
    }

    /** Runs an asynchronous script (its last argument is the callback); answers the list of strings it gives. */
    @SuppressWarnings("unchecked")
    List<String> executeAsync(String script) {
        var result = driver.executeAsyncScript(script);
        return result == null ? List.of() : ((List<Object>) result).stream().map(String::valueOf).toList();
    }

    /** Types into whatever has the focus, then Enter, as a hardware (HID) barcode scanner does. */
    Browser typeLikeAScanner(String text) {
        driver.switchTo().activeElement().sendKeys(text, Keys.ENTER);
        return this;
    }

    /** The text of the whole page, as a reader sees it. */
    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Opens a path of the app ("" is the home page) and waits for Vaadin to settle. */
    Browser open(String path) {
        driver.get(baseUrl + "/" + path);
        return settle();
    }

    /** The servlet session id the browser holds, or null before the first page. */
    String sessionId() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    String path() {
        String url = driver.getCurrentUrl();
        String path = url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** Fills in the real sign-in form and submits it with Enter, as a person would. */
    Browser submitLogin(String username, String password) {
        if (!path().startsWith("login")) {
            open("login");
        }
        var form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        type(form.findElement(By.cssSelector("input[name='username']")), username);
        var passwordField = form.findElement(By.cssSelector("input[name='password']"));
        type(passwordField, password);
        passwordField.sendKeys(Keys.ENTER);
        return this;
    }

    /** Signs in and waits until the main layout with its side navigation is shown. */
    Browser signIn(String username) {
        submitLogin(username, PASSWORD);
        wait.withMessage(() -> username + " should be signed in and see the side navigation, but the page is "
                        + driver.getCurrentUrl())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("side-nav")));
        return settle();
    }

    /** Waits for the page to show the sign-in form, after a redirect or sign-out. */
    Browser awaitLoginPage() {
        wait.withMessage(() -> "expected the sign-in page, but the page is " + driver.getCurrentUrl())
                .until(ExpectedConditions.and(ExpectedConditions.urlContains("/login"),
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form"))));
        return settle();
    }

    /** Waits for the sign-in form to come back with its error box, after a refused sign-in. */
    String awaitLoginError() {
        wait.withMessage(() -> "expected the sign-in form with an error, but the page is " + driver.getCurrentUrl())
                .until((ExpectedCondition<Boolean>) d -> !loginError().isEmpty());
        settle();
        return loginError();
    }

    /** The error box of the sign-in form (inside its shadow DOM), or "" when no error is shown. */
    String loginError() {
        return (String) script("""
                const form = document.querySelector('vaadin-login-form');
                if (!form || !form.error) return '';
                const wrapper = form.shadowRoot.querySelector('vaadin-login-form-wrapper');
                const box = wrapper && wrapper.shadowRoot.querySelector('[part="error-message"]');
                return box && !box.hidden ? box.innerText.trim() : '';
                """);
    }

    String text(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText().trim();
    }

    /** Waits until an element is shown, e.g. {@code sc-kiosk-camera[state=scanning]} once the camera runs. */
    Browser awaitVisible(By locator) {
        wait.withMessage(() -> "expected " + locator + " to be shown").until(
                ExpectedConditions.visibilityOfElementLocated(locator));
        return this;
    }

    /** Waits until an element shows exactly this text, e.g. after a reload into another language. */
    Browser awaitText(By locator, String expected) {
        wait.withMessage(() -> "expected '" + expected + "' in " + locator + ", found '" + currentText(locator) + "'")
                .until(ExpectedConditions.textToBe(locator, expected));
        return settle();
    }

    /** The labels of the side navigation, top to bottom. */
    List<String> sideNavLabels() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("side-nav")));
        return driver.findElements(By.cssSelector("#side-nav vaadin-side-nav-item")).stream()
                .map(item -> (String) script("return arguments[0].textContent.trim();", item))
                .toList();
    }

    /** The title the main layout shows above the view. */
    String viewTitle() {
        return text(By.cssSelector("h1.view-title"));
    }

    Browser click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        return this;
    }

    /** Opens the user menu in the top bar and waits for its items. */
    Browser openUserMenu() {
        settle();
        click(By.cssSelector("#user-menu vaadin-menu-bar-button:not([slot='overflow'])"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        return this;
    }

    /** From the open user menu: the language item, then the language called {@code name} in its own script. */
    Browser chooseLanguage(String name) {
        // the only item of the user menu with a sub-menu is the language item, whatever language it is in
        click(By.cssSelector("vaadin-menu-bar-item[aria-haspopup='true']:not([slot])"));
        var choice = By.xpath("//vaadin-menu-bar-item[normalize-space(.)='" + name + "']");
        wait.withMessage(() -> "the language sub-menu should offer " + name)
                .until(ExpectedConditions.visibilityOfElementLocated(choice)).click();
        return this;
    }

    Browser signOut() {
        openUserMenu().click(By.id("logout"));
        return awaitLoginPage();
    }

    /** Waits until Vaadin has no request in flight, then for fonts and two frames, so a screenshot is final. */
    Browser settle() {
        wait.withMessage(() -> "Vaadin did not settle on " + driver.getCurrentUrl())
                .until((ExpectedCondition<Boolean>) d -> Boolean.TRUE.equals(script(VAADIN_SETTLED)));
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done())));
                """);
        return this;
    }

    /** Saves a PNG of the window under target/screenshots/. */
    Path screenshot(String name) {
        settle();
        return saveScreenshot(name);
    }

    /** Saves what the window shows now, without waiting: for failures, when waiting may be what failed. */
    Path saveScreenshot(String name) {
        try {
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            assertThat(target).isNotEmptyFile();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private String currentText(By locator) {
        var found = driver.findElements(locator);
        return found.isEmpty() ? "(nothing)" : found.getFirst().getText();
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp profile is harmless
        }
    }
}
