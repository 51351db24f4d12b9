package org.servicecentre.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.servicecentre.shared.Languages;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Spring MVC's locale for API requests: the first language in Accept-Language that the product speaks, else
 * Chinese. Registered under the name Spring MVC looks for, so validation messages and problem details agree.
 */
@Component("localeResolver")
class ApiLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return resolve(request.getHeader("Accept-Language"));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        // nothing to remember: every API request says its language in Accept-Language
    }

    static Locale resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Languages.CHINESE;
        }
        try {
            for (var range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() == 0) {
                    continue;
                }
                String language = range.getRange().split("-", 2)[0];
                if (language.equals("en")) {
                    return Languages.ENGLISH;
                }
                if (language.equals("zh") || language.equals("*")) {
                    return Languages.CHINESE;
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            // an unreadable header counts as no preference
        }
        return Languages.CHINESE;
    }
}
