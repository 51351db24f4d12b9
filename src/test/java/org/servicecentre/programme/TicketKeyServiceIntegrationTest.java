package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class TicketKeyServiceIntegrationTest {

    @Autowired
    TicketKeyService keys;

    @Autowired
    TicketKeyRing ring;

    @Autowired
    TicketKeys storedKeys;

    @Test
    @WithUserDetails("admin")
    void rotatingMakesANewSigningKeyAndLeavesTheOldOneVerifying() {
        var before = ring.signingKey();

        var rotated = keys.rotate();

        assertThat(rotated.state()).isEqualTo(TicketKeyState.ACTIVE);
        assertThat(Integer.parseInt(rotated.id())).isGreaterThan(before.id());
        assertThat(ring.signingKey().id()).isEqualTo(Integer.parseInt(rotated.id()));
        assertThat(keys.list()).filteredOn(k -> k.id().equals(Integer.toString(before.id())))
                .singleElement().extracting(TicketKeySummary::state).isEqualTo(TicketKeyState.VERIFY_ONLY);
        assertThat(ring.verificationKey(before.id())).isPresent();
        assertThat(keys.list()).filteredOn(k -> k.state() == TicketKeyState.ACTIVE).hasSize(1);
        assertThat(keys.list().getFirst().id()).as("newest first").isEqualTo(rotated.id());
    }

    @Test
    @WithUserDetails("admin")
    void retiringAReplacedKeyDeletesItsPrivateHalf() {
        var old = keys.rotate();
        keys.rotate();

        var retired = keys.retire(old.id());

        assertThat(retired.state()).isEqualTo(TicketKeyState.RETIRED);
        assertThat(retired.retiredAt()).isNotNull();
        assertThat(storedKeys.findById(old.id()).orElseThrow().privateKey()).isNull();
        assertThat(ring.verificationKey(Integer.parseInt(old.id()))).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void refusesToRetireTheSigningKeyARetiredKeyOrAnUnknownOne() {
        var active = keys.rotate();
        assertThatThrownBy(() -> keys.retire(active.id())).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("TICKET_KEY_ACTIVE");

        keys.rotate();
        keys.retire(active.id());
        assertThatThrownBy(() -> keys.retire(active.id())).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("TICKET_KEY_RETIRED");

        assertThatThrownBy(() -> keys.retire("9999")).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails("manager")
    void onlyAdminsSeeOrChangeTheKeys() {
        assertThatThrownBy(() -> keys.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.rotate()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.retire("1")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rotationsAtTheSameMomentLeaveExactlyOneSigningKey() throws Exception {
        ring.signingKey();
        int threads = 6;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var results = new ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> rotation = () -> {
                    start.await();
                    try {
                        SystemAuthentication.asSystem(keys::rotate);
                        return true;
                    } catch (RuntimeException clash) {
                        return false;
                    }
                };
                results.add(pool.submit(rotation));
            }
            start.countDown();
            int succeeded = 0;
            for (var result : results) {
                succeeded += result.get() ? 1 : 0;
            }

            assertThat(succeeded).isPositive();
            var all = SystemAuthentication.asSystem(keys::list);
            assertThat(all).filteredOn(k -> k.state() == TicketKeyState.ACTIVE).hasSize(1);
            assertThat(all.getFirst().state()).as("the newest key signs").isEqualTo(TicketKeyState.ACTIVE);
        } finally {
            pool.shutdownNow();
        }
    }
}
