package org.chapterrelations.localstack;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What WebConsoleIT checks of a page for keyboard and screen-reader users. */
final class ConsoleAccessibility {

    private ConsoleAccessibility() {
    }

    /** Presses Tab until the focused element is the one with this accessible text or label (at most 80 times). */
    static WebElement tabTo(ConsoleBrowser browser, String name) {
        for (int i = 0; i < 80; i++) {
            WebElement focused = browser.driver.switchTo().activeElement();
            String label = (String) browser.script(
                    "const e = arguments[0]; return (e.labels && e.labels[0] ? e.labels[0].textContent : e.textContent || '').trim();",
                    focused);
            if (label.startsWith(name)) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + name);
    }

    /** Every visible input, select, textarea and button whose accessible name (label, aria-*, text) is empty. */
    @SuppressWarnings("unchecked")
    static List<String> unnamedControls(ConsoleBrowser browser) {
        return (List<String>) browser.script("""
                const named = (e) => {
                  const by = (e.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
                    .map((id) => document.getElementById(id)?.textContent || '').join(' ');
                  const labels = Array.from(e.labels || []).map((l) => l.textContent).join(' ');
                  const text = e.tagName === 'BUTTON' ? e.textContent : '';
                  return [by, e.getAttribute('aria-label') || '', labels, text, e.title || ''].join('').trim().length > 0;
                };
                return Array.from(document.querySelectorAll('input, select, textarea, button'))
                  .filter((e) => e.offsetParent !== null && e.type !== 'hidden')
                  .filter((e) => !named(e))
                  .map((e) => e.outerHTML.slice(0, 120));""");
    }

    /** axe-core's serious and critical violations on the current page (WCAG 2.1 A and AA rules). */
    static List<String> seriousAxeFindings(ConsoleBrowser browser) {
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver);
        List<String> findings = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                findings.add(rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).limit(3).toList());
            }
        }
        return findings;
    }
}
