package org.handshakelab.model.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IpLiteralTest {

    @Test
    void parsesIpv4AndIpv6Literals() {
        assertArrayEquals(new byte[] {10, 0, 0, (byte) 255}, IpLiteral.parse("10.0.0.255").getAddress());
        byte[] loop6 = new byte[16];
        loop6[15] = 1;
        assertArrayEquals(loop6, IpLiteral.parse("::1").getAddress());
        assertArrayEquals(loop6, IpLiteral.parse("[::1]").getAddress());
    }

    @Test
    void refusesHostNamesInsteadOfResolvingThem() {
        for (String bad : new String[] {"localhost", "example.com", "10.0.0", "10.0.0.256", "1.2.3.4.5", "", "::g",
                "fe80::1%eth0", "01234.1.1.1"}) {
            assertThrows(IllegalArgumentException.class, () -> IpLiteral.parse(bad), bad);
        }
    }

    @Test
    void formatsIpv6InTheRfc5952CanonicalForm() {
        org.junit.jupiter.api.Assertions.assertEquals("2001:db8::1", IpLiteral.format(IpLiteral.parse("2001:0DB8:0:0:0:0:0:1")));
        org.junit.jupiter.api.Assertions.assertEquals("2001:db8:0:1:1:1:1:1", IpLiteral.format(IpLiteral.parse("2001:db8:0:1:1:1:1:1")),
                "a single zero group is not shortened");
        org.junit.jupiter.api.Assertions.assertEquals("2001:0:0:1::1", IpLiteral.format(IpLiteral.parse("2001:0:0:1:0:0:0:1")),
                "the longest run is shortened");
        org.junit.jupiter.api.Assertions.assertEquals("::", IpLiteral.format(IpLiteral.parse("::")));
        org.junit.jupiter.api.Assertions.assertEquals("fe80::", IpLiteral.format(IpLiteral.parse("fe80::")));
        org.junit.jupiter.api.Assertions.assertEquals("::1", IpLiteral.format(IpLiteral.parse("::1")));
        org.junit.jupiter.api.Assertions.assertEquals("10.0.0.1", IpLiteral.format(IpLiteral.parse("10.0.0.1")));
    }
}
