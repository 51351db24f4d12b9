package org.servicecentre.checkin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.servicecentre.centre.CentreService;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The kiosk profiles of {@code servicecentre.kiosk.config-dir} (default {@code kiosk-config}, relative to the working
 * directory; empty under the {@code postgres} profile unless set, because the shipped profiles name demo centres). The files are read when the app starts; once it is ready (migrations run, demo centres seeded) every
 * problem, the centre codes included, is reported together and the start fails.
 */
@Component
public class KioskProfiles {

    private static final Logger log = LoggerFactory.getLogger(KioskProfiles.class);

    private final String configDir;
    private final KioskProfileReader.Reading reading;
    private final Predicate<String> centreExists;

    @Autowired
    KioskProfiles(@Value("${servicecentre.kiosk.config-dir:kiosk-config}") String configDir, CentreService centres) {
        this(configDir, code -> SystemAuthentication.asSystem(() -> exists(centres, code)));
    }

    /** For tests: profiles of {@code configDir} checked against the given centre codes. */
    KioskProfiles(String configDir, Predicate<String> centreExists) {
        this.configDir = configDir;
        this.centreExists = centreExists;
        if (configDir.isBlank()) {
            log.info("No kiosk profiles: servicecentre.kiosk.config-dir (SERVICECENTRE_KIOSK_CONFIG_DIR) is empty.");
            reading = new KioskProfileReader.Reading(List.of(), List.of(), List.of());
            return;
        }
        var dir = Path.of(configDir);
        if (Files.exists(dir)) {
            reading = KioskProfileReader.read(dir, configDir);
        } else {
            log.info("No kiosk profiles: the directory {} ({}) does not exist.", configDir, dir.toAbsolutePath());
            reading = new KioskProfileReader.Reading(List.of(), List.of(), List.of());
        }
    }

    public Optional<KioskProfile> byCode(String kioskCode) {
        return reading.profiles().stream().filter(profile -> profile.kioskCode().equalsIgnoreCase(kioskCode))
                .findFirst();
    }

    /** Every profile, by kiosk code. */
    public List<KioskProfile> all() {
        return reading.profiles();
    }

    /** Fails the start with every problem of every file, after the demo data may have created the centres. */
    @EventListener(ApplicationReadyEvent.class)
    void checkAtStartUp() {
        var problems = new ArrayList<>(reading.problems());
        problems.addAll(KioskProfileReader.unknownCentres(reading.centres(), centreExists));
        // grouped by file, each file's problems in the order found (the sort is stable)
        problems.sort(Comparator.comparing(problem -> problem.substring(0, problem.indexOf(": ") + 1)));
        if (!problems.isEmpty()) {
            throw new InvalidKioskProfilesException(problems);
        }
        if (!reading.sources().isEmpty()) {
            log.info("{} kiosk profiles read from {}.", reading.sources().size(), configDir);
        }
    }

    private static boolean exists(CentreService centres, String code) {
        try {
            centres.getByCode(code);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
