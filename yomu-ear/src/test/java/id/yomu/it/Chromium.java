package id.yomu.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium at a phone's size, driven through Debian's chromedriver named explicitly,
 * so Selenium Manager never reaches for the network; a fresh profile each time.
 */
final class Chromium {

    private Chromium() {
    }

    static WebDriver phoneSized() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("yomu.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=412,915", "--user-data-dir=" + Files.createTempDirectory("yomu-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }
}
