#ifndef CYGONCE_HAL_VAR_IO_H
#define CYGONCE_HAL_VAR_IO_H
/*
 * QEMU RISC-V virt variant: where the devices are and how their
 * registers are laid out, as QEMU's virt machine builds them (its
 * device tree says the same).
 */

/* ------------------------------------------------------------------ */
/* Device base addresses                                              */

#define CYGHWR_HAL_RISCV_VIRT_TEST_BASE         0x00100000
#define CYGHWR_HAL_RISCV_VIRT_RTC_BASE          0x00101000
#define CYGHWR_HAL_RISCV_VIRT_CLINT_BASE        0x02000000
#define CYGHWR_HAL_RISCV_VIRT_PLIC_BASE         0x0C000000
#define CYGHWR_HAL_RISCV_VIRT_UART0_BASE        0x10000000

/* ------------------------------------------------------------------ */
/* CLINT: software interrupt and timer of hart 0                      */

#define CYGHWR_HAL_RISCV_VIRT_CLINT_MSIP        (CYGHWR_HAL_RISCV_VIRT_CLINT_BASE + 0x0000)
#define CYGHWR_HAL_RISCV_VIRT_CLINT_MTIMECMP_LO (CYGHWR_HAL_RISCV_VIRT_CLINT_BASE + 0x4000)
#define CYGHWR_HAL_RISCV_VIRT_CLINT_MTIMECMP_HI (CYGHWR_HAL_RISCV_VIRT_CLINT_BASE + 0x4004)
#define CYGHWR_HAL_RISCV_VIRT_CLINT_MTIME_LO    (CYGHWR_HAL_RISCV_VIRT_CLINT_BASE + 0xBFF8)
#define CYGHWR_HAL_RISCV_VIRT_CLINT_MTIME_HI    (CYGHWR_HAL_RISCV_VIRT_CLINT_BASE + 0xBFFC)

/* ------------------------------------------------------------------ */
/* PLIC, seen from context 0: hart 0 in machine mode                  */

/* Source numbers 1 to 95; 0 stands for "no interrupt". */
#define CYGHWR_HAL_RISCV_VIRT_PLIC_SOURCES      96
#define CYGHWR_HAL_RISCV_VIRT_PLIC_PRIORITY_MAX 7

#define CYGHWR_HAL_RISCV_VIRT_PLIC_PRIORITY(_source_)                   \
    (CYGHWR_HAL_RISCV_VIRT_PLIC_BASE + 4 * (_source_))
#define CYGHWR_HAL_RISCV_VIRT_PLIC_ENABLE(_source_)                     \
    (CYGHWR_HAL_RISCV_VIRT_PLIC_BASE + 0x2000 + 4 * ((_source_) / 32))
#define CYGHWR_HAL_RISCV_VIRT_PLIC_THRESHOLD    (CYGHWR_HAL_RISCV_VIRT_PLIC_BASE + 0x200000)
#define CYGHWR_HAL_RISCV_VIRT_PLIC_CLAIM        (CYGHWR_HAL_RISCV_VIRT_PLIC_BASE + 0x200004)

/* The sources the machine wires up. */
#define CYGHWR_HAL_RISCV_VIRT_VIRTIO_SOURCE(_n_) (1 + (_n_))   /* 0..7 */
#define CYGHWR_HAL_RISCV_VIRT_UART0_SOURCE      10
#define CYGHWR_HAL_RISCV_VIRT_RTC_SOURCE        11
#define CYGHWR_HAL_RISCV_VIRT_PCIE_SOURCE(_n_)  (32 + (_n_))   /* 0..3 */

/* ------------------------------------------------------------------ */
/* 16550 UART                                                         */

#define CYGHWR_HAL_RISCV_VIRT_UART0_CLOCK_HZ    3686400

#define CYGHWR_HAL_RISCV_VIRT_UART_THR          0   /* write */
#define CYGHWR_HAL_RISCV_VIRT_UART_DLL          0   /* with LCR.DLAB */
#define CYGHWR_HAL_RISCV_VIRT_UART_IER          1
#define CYGHWR_HAL_RISCV_VIRT_UART_DLM          1   /* with LCR.DLAB */
#define CYGHWR_HAL_RISCV_VIRT_UART_FCR          2   /* write */
#define CYGHWR_HAL_RISCV_VIRT_UART_LCR          3
#define CYGHWR_HAL_RISCV_VIRT_UART_LSR          5

#define CYGHWR_HAL_RISCV_VIRT_UART_LCR_8N1      0x03
#define CYGHWR_HAL_RISCV_VIRT_UART_LCR_DLAB     0x80
#define CYGHWR_HAL_RISCV_VIRT_UART_FCR_FIFO     0x07  /* enable, clear both */
#define CYGHWR_HAL_RISCV_VIRT_UART_LSR_THRE     0x20

/* ------------------------------------------------------------------ */
/* SiFive test device: writing a command ends (or resets) the machine */

#define CYGHWR_HAL_RISCV_VIRT_TEST_PASS         0x5555
#define CYGHWR_HAL_RISCV_VIRT_TEST_FAIL         0x3333  /* | exit code << 16 */
#define CYGHWR_HAL_RISCV_VIRT_TEST_RESET        0x7777

/* ------------------------------------------------------------------ */
/* Goldfish RTC                                                       */

#define CYGHWR_HAL_RISCV_VIRT_RTC_ALARM_LOW     0x08  /* writing arms the alarm */
#define CYGHWR_HAL_RISCV_VIRT_RTC_ALARM_HIGH    0x0C
#define CYGHWR_HAL_RISCV_VIRT_RTC_IRQ_ENABLED   0x10
#define CYGHWR_HAL_RISCV_VIRT_RTC_CLEAR_ALARM   0x14
#define CYGHWR_HAL_RISCV_VIRT_RTC_CLEAR_INTERRUPT 0x1C

#endif /* CYGONCE_HAL_VAR_IO_H */
