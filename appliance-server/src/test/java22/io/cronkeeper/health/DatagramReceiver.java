package io.cronkeeper.health;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A real Unix datagram socket to receive sd_notify messages on, as systemd's is: bound to a path
 * or, for a name starting with {@code @}, in the abstract namespace. Through libc with FFM, since
 * the JDK's Unix-domain channels are stream sockets only.
 */
public final class DatagramReceiver implements AutoCloseable {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final MethodHandle SOCKET = bind("socket",
        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle BIND = bind("bind",
        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle SETSOCKOPT = bind("setsockopt", FunctionDescriptor.of(ValueLayout.JAVA_INT,
        ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle RECV = bind("recv", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
        ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE = bind("close", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final int SOL_SOCKET = 1;
    private static final int SO_RCVTIMEO = 20;

    private final int fd;
    private final String name;

    private DatagramReceiver(int fd, String name) {
        this.fd = fd;
        this.name = name;
    }

    private static MethodHandle bind(String name, FunctionDescriptor d) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), d);
    }

    /** @param name a path, or {@code @name} for the abstract namespace */
    public static DatagramReceiver bind(String name) throws Throwable {
        int fd = (int) SOCKET.invokeExact(1, 2, 0);
        if (fd < 0) {
            throw new IllegalStateException("socket() failed");
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment addr = arena.allocate(110);
            addr.set(ValueLayout.JAVA_SHORT, 0, (short) 1);
            MemorySegment.copy(bytes, 0, addr, ValueLayout.JAVA_BYTE, 2, bytes.length);
            boolean abstractName = bytes[0] == '@';
            if (abstractName) {
                addr.set(ValueLayout.JAVA_BYTE, 2, (byte) 0);
            }
            int rc = (int) BIND.invokeExact(fd, addr, 2 + bytes.length + (abstractName ? 0 : 1));
            if (rc != 0) {
                int ignored = (int) CLOSE.invokeExact(fd);
                throw new IllegalStateException("bind(" + name + ") failed");
            }
        }
        return new DatagramReceiver(fd, name);
    }

    public String name() {
        return name;
    }

    /** The next datagram, or empty when none came within {@code timeoutMillis}. */
    public Optional<String> receive(long timeoutMillis) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment timeval = arena.allocate(16);
            timeval.set(ValueLayout.JAVA_LONG, 0, timeoutMillis / 1000);
            timeval.set(ValueLayout.JAVA_LONG, 8, (timeoutMillis % 1000) * 1000);
            int rc = (int) SETSOCKOPT.invokeExact(fd, SOL_SOCKET, SO_RCVTIMEO, timeval, 16);
            if (rc != 0) {
                throw new IllegalStateException("setsockopt failed");
            }
            MemorySegment buf = arena.allocate(4096);
            long n = (long) RECV.invokeExact(fd, buf, 4096L, 0);
            if (n < 0) {
                return Optional.empty();
            }
            return Optional.of(new String(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
