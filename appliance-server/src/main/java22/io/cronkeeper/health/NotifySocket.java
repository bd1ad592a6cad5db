package io.cronkeeper.health;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * One datagram to a Unix socket, with libc through the FFM API (final in Java 22, hence this
 * source root): {@code socket(AF_UNIX, SOCK_DGRAM)}, {@code sendto}, {@code close}. A name starting
 * with {@code @} is in the abstract namespace. Used by {@link SdNotify}.
 */
public final class NotifySocket {
    private static final int AF_UNIX = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final int SUN_PATH = 108;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final MethodHandle SOCKET = bind("socket",
        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle SENDTO = bind("sendto", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
        ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT,
        ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE = bind("close",
        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private NotifySocket() {
    }

    private static MethodHandle bind(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), descriptor);
    }

    public static void send(String path, byte[] message) throws Throwable {
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        boolean abstractName = name.length > 0 && name[0] == '@';
        if (name.length >= SUN_PATH) {
            throw new IllegalArgumentException("socket path too long");
        }
        try (Arena arena = Arena.ofConfined()) {
            // struct sockaddr_un { sa_family_t sun_family; char sun_path[108]; }
            MemorySegment addr = arena.allocate(2 + SUN_PATH);
            addr.set(ValueLayout.JAVA_SHORT, 0, (short) AF_UNIX);
            MemorySegment.copy(name, 0, addr, ValueLayout.JAVA_BYTE, 2, name.length);
            if (abstractName) {
                addr.set(ValueLayout.JAVA_BYTE, 2, (byte) 0);
            }
            // An abstract name's length counts exactly its bytes; a path's includes its NUL.
            int addrLen = 2 + name.length + (abstractName ? 0 : 1);
            MemorySegment msg = arena.allocate(message.length);
            MemorySegment.copy(message, 0, msg, ValueLayout.JAVA_BYTE, 0, message.length);
            int fd = (int) SOCKET.invokeExact(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            if (fd < 0) {
                throw new IllegalStateException("socket() failed");
            }
            try {
                long sent = (long) SENDTO.invokeExact(fd, msg, (long) message.length, MSG_NOSIGNAL, addr, addrLen);
                if (sent < 0) {
                    throw new IllegalStateException("sendto() failed");
                }
            } finally {
                int ignored = (int) CLOSE.invokeExact(fd);
            }
        }
    }
}
