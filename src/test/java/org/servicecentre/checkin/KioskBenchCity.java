package org.servicecentre.checkin;

import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.servicecentre.programme.TicketService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The kiosk benchmark's city: {@code kiosks} centres (BK-001 …), each with one paired entrance kiosk (created and
 * paired through {@link KioskService}, with a random device token), one programme with one session going on now at
 * the centre (started half an hour ago, ending in five hours), and {@code ticketsPerKiosk} residents registered for
 * that session, one registration each, so that every scan in the benchmark is a resident's first check-in. Centres,
 * programmes, sessions, residents and registrations are bulk-created on the server with {@code insert … select
 * generate_series}; every ticket is a real signed token from {@link TicketService#registrationToken(long)}.
 */
final class KioskBenchCity {

    static final String LOCATION = "基准活动室";

    /** One scannable ticket and who it belongs to; {@code kiosk} is the index of the kiosk of its centre. */
    record Ticket(int kiosk, long centreId, long kioskId, long sessionId, long registrationId, long residentId,
                  String token) {
    }

    /** A kiosk of the benchmark and its device token. */
    record Kiosk(int index, long id, long centreId, String code, String centreName, String deviceToken) {
    }

    final int kioskCount;
    final int ticketsPerKiosk;
    final List<Kiosk> kiosks = new ArrayList<>();
    /** Per kiosk, its centre's tickets in registration order. */
    final List<List<Ticket>> tickets = new ArrayList<>();
    double generateSeconds;
    double signSeconds;

    KioskBenchCity(int kioskCount, int ticketsPerKiosk) {
        this.kioskCount = kioskCount;
        this.ticketsPerKiosk = ticketsPerKiosk;
    }

    void generate(JdbcTemplate jdbc, KioskService kioskService, TicketService ticketService) throws Exception {
        long started = System.nanoTime();
        long organisation = jdbc.queryForObject("select id from organisation where code = 'QIHANG'", Long.class);
        jdbc.update("insert into region (code, name, level, path) values ('BENCH-KIOSK', '签到基准市', 'CITY', '/')");
        long region = jdbc.queryForObject("select id from region where code = 'BENCH-KIOSK'", Long.class);
        jdbc.update("update region set path = '/' || id || '/' where id = ?", region);
        jdbc.update("""
                insert into centre (code, name, level, region_id, address, phone, time_zone, active)
                select 'BK-' || lpad(g::text, 3, '0'), '签到基准社区党群服务中心' || g, 'SHEQU', ?, '基准路' || g || '号',
                  '0755-00000000', 'Asia/Shanghai', true from generate_series(1, ?) g""", region, kioskCount);
        jdbc.update("""
                insert into programme (organisation_id, title, session_capacity, registration_mode, visibility,
                  public_code, created_by, created_at)
                select ?, '签到基准活动 ' || c.code, ?, 'PER_SESSION', 'PUBLIC', 'BKP' || c.code, 'bench', now()
                from centre c where c.code like 'BK-%'""", organisation, ticketsPerKiosk);
        jdbc.update("""
                insert into programme_session (programme_id, centre_id, location, starts_at, ends_at, status)
                select p.id, c.id, ?, now() - interval '30 minutes', now() + interval '5 hours', 'SCHEDULED'
                from programme p join centre c on p.public_code = 'BKP' || c.code""", LOCATION);
        jdbc.update("""
                insert into resident (display_name, created_by, created_at)
                select '基准居民' || g, 'bench-kiosk', now() from generate_series(1, ?) g""",
                kioskCount * ticketsPerKiosk);
        jdbc.update("""
                insert into registration (programme_id, session_id, resident_id, status, source, created_by, created_at)
                select s.programme_id, s.id, r.id, 'REGISTERED', 'STAFF', 'bench', now()
                from (select id, row_number() over (order by id) - 1 as n from resident
                      where created_by = 'bench-kiosk') r
                join (select id, programme_id, row_number() over (order by id) - 1 as k from programme_session
                      where location = ?) s on s.k = r.n % ?""", LOCATION, kioskCount);
        jdbc.execute("analyze");

        var random = new SecureRandom();
        var centres = jdbc.queryForList("select id, code, name from centre where code like 'BK-%' order by code");
        for (int i = 0; i < centres.size(); i++) {
            var centre = centres.get(i);
            long centreId = ((Number) centre.get("id")).longValue();
            String code = centre.get("code") + "-ENTRANCE";
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            String token = KioskService.TOKEN_PREFIX + "bench-" + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(secret);
            var kiosk = asSystem(() -> kioskService.create(centreId, new KioskDraft(code, "基准签到机"))).kiosk();
            asSystem(() -> kioskService.pairWithKnownToken(kiosk.id(), token));
            kiosks.add(new Kiosk(i, kiosk.id(), centreId, code, (String) centre.get("name"), token));
            tickets.add(new ArrayList<>());
        }
        generateSeconds = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        var rows = jdbc.queryForList("""
                select r.id, r.session_id, r.resident_id, s.centre_id from registration r
                join programme_session s on s.id = r.session_id and s.location = ? order by r.id""", LOCATION);
        var kioskOfCentre = new java.util.HashMap<Long, Kiosk>();
        kiosks.forEach(k -> kioskOfCentre.put(k.centreId(), k));
        ExecutorService signers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            var signed = new ArrayList<Future<String>>();
            for (var row : rows) {
                long id = ((Number) row.get("id")).longValue();
                signed.add(signers.submit(() -> ticketService.registrationToken(id)));
            }
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                var kiosk = kioskOfCentre.get(((Number) row.get("centre_id")).longValue());
                tickets.get(kiosk.index()).add(new Ticket(kiosk.index(), kiosk.centreId(), kiosk.id(),
                        ((Number) row.get("session_id")).longValue(), ((Number) row.get("id")).longValue(),
                        ((Number) row.get("resident_id")).longValue(), signed.get(i).get()));
            }
        } finally {
            signers.shutdown();
        }
        signSeconds = (System.nanoTime() - started) / 1e9;
    }

    int ticketCount() {
        return tickets.stream().mapToInt(List::size).sum();
    }
}
