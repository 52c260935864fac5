package org.factline.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks a free loopback port when a caller asked for port 0 but the port must be known up front. */
final class FreePorts {

    private FreePorts() {
    }

    static int resolve(int requested) {
        return resolve(requested, -1);
    }

    /** Like {@link #resolve(int)}, never answering {@code taken} (a port picked but not bound yet). */
    static int resolve(int requested, int taken) {
        if (requested > 0) {
            return requested;
        }
        int port = pick();
        while (port == taken) {
            port = pick();
        }
        return port;
    }

    private static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }
}
